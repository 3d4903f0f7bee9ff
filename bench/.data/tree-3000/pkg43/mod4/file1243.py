def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

def handler_1243(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1243}

