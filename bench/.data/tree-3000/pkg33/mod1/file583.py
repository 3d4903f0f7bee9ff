def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

def handler_583(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 583}

