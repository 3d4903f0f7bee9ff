def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

def handler_1273(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1273}

