def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

def handler_397(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 397}

