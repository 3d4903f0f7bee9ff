def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

def handler_2971(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2971}

