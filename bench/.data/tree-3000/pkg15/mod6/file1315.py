def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

def handler_1315(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1315}

