def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

def handler_1261(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1261}

