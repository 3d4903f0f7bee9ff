def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

def handler_1627(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1627}

