def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

def handler_1177(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1177}

