def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

def handler_1189(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1189}

