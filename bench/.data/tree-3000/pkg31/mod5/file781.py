def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

def handler_781(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 781}

