def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

def handler_955(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 955}

