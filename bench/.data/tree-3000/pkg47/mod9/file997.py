def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

def handler_997(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 997}

