def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

def handler_1135(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1135}

