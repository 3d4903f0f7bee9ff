def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

def handler_151(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 151}

