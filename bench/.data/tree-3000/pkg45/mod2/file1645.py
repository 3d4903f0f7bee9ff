def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

def handler_1645(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1645}

