def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

def handler_673(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 673}

