def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

def handler_1939(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1939}

