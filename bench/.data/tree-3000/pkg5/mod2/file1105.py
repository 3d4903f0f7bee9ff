def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

def handler_1105(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1105}

