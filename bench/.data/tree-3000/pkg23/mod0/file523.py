def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

def handler_523(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 523}

