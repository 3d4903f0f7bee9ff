def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

def handler_1375(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1375}

