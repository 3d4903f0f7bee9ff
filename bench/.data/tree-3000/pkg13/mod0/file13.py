def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

def handler_13(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 13}

