def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

def handler_2809(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2809}

