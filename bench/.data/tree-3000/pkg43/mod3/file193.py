def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

def handler_193(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 193}

