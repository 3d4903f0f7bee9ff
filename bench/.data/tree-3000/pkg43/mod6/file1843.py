def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

def handler_1843(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1843}

