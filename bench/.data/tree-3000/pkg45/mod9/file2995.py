def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

def handler_2995(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2995}

