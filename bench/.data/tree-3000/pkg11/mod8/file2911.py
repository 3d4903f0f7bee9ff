def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

def handler_2911(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2911}

