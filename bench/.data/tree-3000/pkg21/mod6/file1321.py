def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

def handler_1321(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1321}

