def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

def handler_1339(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1339}

