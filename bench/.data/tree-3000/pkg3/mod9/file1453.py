def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

def handler_1453(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1453}

