def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

def handler_1831(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1831}

