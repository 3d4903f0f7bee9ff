def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

def handler_2839(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2839}

