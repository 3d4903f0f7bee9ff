def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

def handler_1045(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1045}

