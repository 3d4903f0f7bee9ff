def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

def handler_1111(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1111}

