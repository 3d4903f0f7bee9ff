def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

def handler_355(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 355}

