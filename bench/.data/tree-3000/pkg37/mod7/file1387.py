def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

def handler_1387(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1387}

