def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

def handler_2383(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2383}

