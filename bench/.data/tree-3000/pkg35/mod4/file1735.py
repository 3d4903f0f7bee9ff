def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

def handler_1735(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1735}

