def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

def handler_847(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 847}

