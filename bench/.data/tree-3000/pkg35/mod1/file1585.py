def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

def handler_1585(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1585}

