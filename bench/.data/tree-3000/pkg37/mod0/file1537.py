def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

def handler_1537(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1537}

