def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

def handler_295(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 295}

