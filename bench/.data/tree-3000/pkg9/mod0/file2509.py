def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

def handler_2509(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2509}

