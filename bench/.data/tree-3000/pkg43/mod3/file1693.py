def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

def handler_1693(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1693}

