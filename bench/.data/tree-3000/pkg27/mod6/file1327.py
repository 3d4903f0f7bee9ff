def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

def handler_1327(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1327}

