def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

def handler_607(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 607}

