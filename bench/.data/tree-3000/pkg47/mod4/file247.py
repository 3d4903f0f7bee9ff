def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

def handler_247(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 247}

