def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

def handler_2797(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2797}

