def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

def handler_1033(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1033}

