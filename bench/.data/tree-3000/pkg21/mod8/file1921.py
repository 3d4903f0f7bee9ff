def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

def handler_1921(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1921}

