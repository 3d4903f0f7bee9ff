def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

def handler_1801(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1801}

