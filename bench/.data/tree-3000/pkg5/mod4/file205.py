def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

def handler_205(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 205}

