def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

def handler_1207(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1207}

