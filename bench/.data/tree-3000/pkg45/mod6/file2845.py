def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

def handler_2845(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2845}

