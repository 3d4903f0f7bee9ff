def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

def handler_967(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 967}

