def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

def handler_385(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 385}

