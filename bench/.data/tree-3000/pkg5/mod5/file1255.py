def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

def handler_1255(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1255}

