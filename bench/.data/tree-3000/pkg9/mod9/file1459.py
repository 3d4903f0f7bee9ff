def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

def handler_1459(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1459}

