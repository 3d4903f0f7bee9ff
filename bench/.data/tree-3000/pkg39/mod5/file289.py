def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

def handler_289(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 289}

