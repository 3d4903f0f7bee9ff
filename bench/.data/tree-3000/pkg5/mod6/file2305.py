def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

def handler_2305(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2305}

