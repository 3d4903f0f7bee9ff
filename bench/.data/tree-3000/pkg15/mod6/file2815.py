def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

def handler_2815(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2815}

