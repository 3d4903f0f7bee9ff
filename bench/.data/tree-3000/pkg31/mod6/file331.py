def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

def handler_331(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 331}

