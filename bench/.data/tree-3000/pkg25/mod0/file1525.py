def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

def handler_1525(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1525}

