def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

def handler_937(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 937}

