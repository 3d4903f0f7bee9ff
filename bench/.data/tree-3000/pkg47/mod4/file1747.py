def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

def handler_1747(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1747}

