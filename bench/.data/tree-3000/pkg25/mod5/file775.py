def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

def handler_775(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 775}

