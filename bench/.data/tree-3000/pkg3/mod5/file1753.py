def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

def handler_1753(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1753}

