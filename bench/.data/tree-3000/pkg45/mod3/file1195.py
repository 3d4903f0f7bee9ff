def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

def handler_1195(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1195}

