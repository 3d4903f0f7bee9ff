def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

def handler_325(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 325}

