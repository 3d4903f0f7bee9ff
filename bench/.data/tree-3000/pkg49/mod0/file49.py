def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

def handler_49(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 49}

