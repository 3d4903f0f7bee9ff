def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

def handler_547(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 547}

