def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

def handler_2965(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2965}

