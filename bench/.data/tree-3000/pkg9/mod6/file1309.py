def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

def handler_1309(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1309}

