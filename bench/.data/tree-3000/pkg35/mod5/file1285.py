def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

def handler_1285(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1285}

