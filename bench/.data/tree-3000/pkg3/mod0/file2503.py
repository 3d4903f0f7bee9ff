def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

def handler_2503(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2503}

