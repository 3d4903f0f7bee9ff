def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

def handler_763(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 763}

