def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

def handler_97(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 97}

