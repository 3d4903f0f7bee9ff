def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

def handler_403(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 403}

