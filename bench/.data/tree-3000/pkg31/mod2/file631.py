def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

def handler_631(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 631}

