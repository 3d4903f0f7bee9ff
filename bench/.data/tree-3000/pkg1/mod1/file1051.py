def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

def handler_1051(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1051}

