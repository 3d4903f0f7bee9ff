def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

def handler_145(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 145}

