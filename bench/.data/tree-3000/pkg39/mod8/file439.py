def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

def handler_439(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 439}

