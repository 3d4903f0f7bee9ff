def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

def handler_1837(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1837}

