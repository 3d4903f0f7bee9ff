def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

def handler_1123(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1123}

