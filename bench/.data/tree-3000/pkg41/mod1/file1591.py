def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

def handler_1591(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1591}

