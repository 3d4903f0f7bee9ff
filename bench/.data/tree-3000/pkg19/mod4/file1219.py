def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

def handler_1219(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1219}

