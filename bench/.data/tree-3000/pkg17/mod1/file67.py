def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

def handler_67(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 67}

