def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

def handler_1393(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1393}

