def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

def handler_979(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 979}

