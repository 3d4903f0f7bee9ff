def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

def handler_1789(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1789}

