def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

def handler_1741(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1741}

