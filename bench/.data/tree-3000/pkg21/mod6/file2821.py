def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

def handler_2821(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2821}

