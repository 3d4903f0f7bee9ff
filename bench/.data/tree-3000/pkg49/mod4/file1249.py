def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

def handler_1249(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1249}

