def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

def handler_1003(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1003}

