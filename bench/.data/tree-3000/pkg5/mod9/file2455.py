def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

def handler_2455(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2455}

