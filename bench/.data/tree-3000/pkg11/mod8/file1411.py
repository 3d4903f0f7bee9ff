def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

def handler_1411(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1411}

