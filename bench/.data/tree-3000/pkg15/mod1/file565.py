def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

def handler_565(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 565}

