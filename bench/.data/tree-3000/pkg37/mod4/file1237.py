def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

def handler_1237(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1237}

