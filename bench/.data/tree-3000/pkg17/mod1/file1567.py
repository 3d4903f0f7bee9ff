def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

def handler_1567(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1567}

