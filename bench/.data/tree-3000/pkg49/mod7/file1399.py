def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

def handler_1399(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1399}

