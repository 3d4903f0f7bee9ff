def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

def handler_553(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 553}

