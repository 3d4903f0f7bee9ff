def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

def handler_817(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 817}

