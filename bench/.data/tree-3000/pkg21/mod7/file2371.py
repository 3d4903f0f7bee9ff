def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

def handler_2371(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2371}

