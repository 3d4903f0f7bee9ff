def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

def handler_1615(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1615}

