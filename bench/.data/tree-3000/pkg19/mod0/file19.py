def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

def handler_19(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 19}

