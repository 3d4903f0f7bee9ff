def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

def handler_1099(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1099}

