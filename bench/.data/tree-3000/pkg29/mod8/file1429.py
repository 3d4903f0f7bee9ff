def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

def handler_1429(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1429}

