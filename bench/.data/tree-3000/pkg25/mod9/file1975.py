def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

def handler_1975(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1975}

