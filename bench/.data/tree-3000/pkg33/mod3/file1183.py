def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

def handler_1183(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1183}

