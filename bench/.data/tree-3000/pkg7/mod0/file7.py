def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

def handler_7(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 7}

