def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

def handler_2143(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2143}

