def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

def handler_1927(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1927}

