def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

def handler_1297(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1297}

