def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

def handler_1705(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1705}

