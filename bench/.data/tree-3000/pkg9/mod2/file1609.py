def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

def handler_1609(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1609}

