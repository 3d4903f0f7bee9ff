def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

def handler_1651(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1651}

