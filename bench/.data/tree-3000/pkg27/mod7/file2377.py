def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

def handler_2377(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2377}

