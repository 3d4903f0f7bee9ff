def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

def handler_2497(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2497}

