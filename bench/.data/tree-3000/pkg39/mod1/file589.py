def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

def handler_589(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 589}

