def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

def handler_1765(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1765}

