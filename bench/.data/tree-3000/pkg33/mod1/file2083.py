def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

def handler_2083(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2083}

