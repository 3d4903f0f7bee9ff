def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

def handler_877(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 877}

