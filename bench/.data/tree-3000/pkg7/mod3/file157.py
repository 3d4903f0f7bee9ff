def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

def handler_157(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 157}

