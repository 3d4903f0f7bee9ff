def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

def handler_361(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 361}

