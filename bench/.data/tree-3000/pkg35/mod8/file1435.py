def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

def handler_1435(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1435}

