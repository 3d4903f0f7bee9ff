def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

def handler_667(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 667}

