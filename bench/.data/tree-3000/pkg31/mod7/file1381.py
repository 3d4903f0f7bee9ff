def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

def handler_1381(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1381}

