def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

def handler_1171(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1171}

