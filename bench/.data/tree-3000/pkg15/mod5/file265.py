def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

def handler_265(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 265}

