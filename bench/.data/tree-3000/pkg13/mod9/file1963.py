def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

def handler_1963(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1963}

