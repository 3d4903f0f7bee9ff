def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

def handler_505(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 505}

