def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

def handler_421(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 421}

