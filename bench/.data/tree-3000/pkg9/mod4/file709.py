def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

def handler_709(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 709}

