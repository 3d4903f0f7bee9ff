def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

def handler_493(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 493}

