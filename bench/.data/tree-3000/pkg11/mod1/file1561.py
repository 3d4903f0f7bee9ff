def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

def handler_1561(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1561}

