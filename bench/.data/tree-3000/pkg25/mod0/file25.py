def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

def handler_25(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 25}

