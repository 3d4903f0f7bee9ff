def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

def handler_343(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 343}

