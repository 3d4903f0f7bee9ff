def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

def handler_1891(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1891}

