def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

def handler_1687(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1687}

