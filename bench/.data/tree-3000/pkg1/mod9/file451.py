def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

def handler_451(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 451}

