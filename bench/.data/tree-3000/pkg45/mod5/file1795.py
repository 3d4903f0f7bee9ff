def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

def handler_1795(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1795}

