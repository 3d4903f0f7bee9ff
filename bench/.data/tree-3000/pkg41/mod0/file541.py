def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

def handler_541(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 541}

