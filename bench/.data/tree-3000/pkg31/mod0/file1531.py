def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

def handler_1531(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1531}

