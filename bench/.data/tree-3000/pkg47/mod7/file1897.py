def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

def handler_1897(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1897}

