def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

def handler_349(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 349}

