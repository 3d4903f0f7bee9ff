def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

def handler_1729(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1729}

