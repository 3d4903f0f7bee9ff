def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

def handler_1573(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1573}

