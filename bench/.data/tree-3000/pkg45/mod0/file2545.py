def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

def handler_2545(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2545}

