def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

def handler_715(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 715}

