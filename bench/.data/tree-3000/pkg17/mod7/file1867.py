def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

def handler_1867(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1867}

