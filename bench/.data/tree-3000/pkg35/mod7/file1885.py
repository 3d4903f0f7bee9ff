def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

def handler_1885(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1885}

