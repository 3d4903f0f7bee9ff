def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

def handler_1489(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1489}

