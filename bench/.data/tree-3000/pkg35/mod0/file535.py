def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

def handler_535(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 535}

