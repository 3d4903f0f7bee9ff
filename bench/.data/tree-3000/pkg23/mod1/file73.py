def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

def handler_73(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 73}

