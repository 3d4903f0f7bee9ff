def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

def handler_601(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 601}

