def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

def handler_919(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 919}

