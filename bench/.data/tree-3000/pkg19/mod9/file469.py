def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

def handler_469(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 469}

