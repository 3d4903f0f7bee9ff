def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

def handler_841(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 841}

