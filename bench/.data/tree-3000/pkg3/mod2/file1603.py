def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

def handler_1603(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1603}

