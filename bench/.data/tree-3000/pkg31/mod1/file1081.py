def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

def handler_1081(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1081}

