def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

def handler_1597(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1597}

