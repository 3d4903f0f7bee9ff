def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

def handler_2101(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2101}

