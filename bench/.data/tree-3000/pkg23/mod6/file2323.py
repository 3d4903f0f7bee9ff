def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

def handler_2323(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2323}

