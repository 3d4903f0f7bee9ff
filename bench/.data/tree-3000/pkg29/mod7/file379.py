def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

def handler_379(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 379}

