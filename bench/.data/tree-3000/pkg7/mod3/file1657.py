def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

def handler_1657(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1657}

