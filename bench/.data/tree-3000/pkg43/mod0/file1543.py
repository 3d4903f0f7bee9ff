def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

def handler_1543(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1543}

