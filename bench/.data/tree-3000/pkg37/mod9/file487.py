def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

def handler_487(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 487}

