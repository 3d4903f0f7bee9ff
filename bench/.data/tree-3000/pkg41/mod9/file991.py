def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

def handler_991(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 991}

