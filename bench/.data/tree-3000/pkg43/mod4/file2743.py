def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

def handler_2743(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2743}

