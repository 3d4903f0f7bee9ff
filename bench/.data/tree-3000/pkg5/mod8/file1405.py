def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

def handler_1405(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1405}

