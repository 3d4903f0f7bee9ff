def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

def handler_2071(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2071}

