def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

def handler_1519(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1519}

