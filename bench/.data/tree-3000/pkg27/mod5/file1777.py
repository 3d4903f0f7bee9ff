def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

def handler_1777(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1777}

