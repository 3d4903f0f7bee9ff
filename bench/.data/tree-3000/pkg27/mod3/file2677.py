def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

def handler_2677(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2677}

