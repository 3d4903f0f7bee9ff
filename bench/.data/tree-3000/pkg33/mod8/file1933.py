def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

def handler_1933(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1933}

