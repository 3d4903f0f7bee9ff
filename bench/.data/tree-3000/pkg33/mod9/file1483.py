def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

def handler_1483(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1483}

