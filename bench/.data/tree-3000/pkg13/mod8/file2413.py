def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

def handler_2413(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2413}

