def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

def handler_1009(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1009}

