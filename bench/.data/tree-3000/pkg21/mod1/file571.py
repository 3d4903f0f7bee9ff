def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

def handler_571(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 571}

