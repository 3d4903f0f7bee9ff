def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

def handler_1663(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1663}

