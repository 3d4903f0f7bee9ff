def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

def handler_283(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 283}

