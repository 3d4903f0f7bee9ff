def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

def handler_1147(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1147}

