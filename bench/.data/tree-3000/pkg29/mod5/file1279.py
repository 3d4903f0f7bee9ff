def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

def handler_1279(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1279}

