def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

def handler_2239(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2239}

