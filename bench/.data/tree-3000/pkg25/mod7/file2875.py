def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

def handler_2875(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2875}

