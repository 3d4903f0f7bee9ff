def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

def handler_2389(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2389}

