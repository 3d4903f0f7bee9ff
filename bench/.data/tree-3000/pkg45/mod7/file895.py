def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

def handler_895(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 895}

