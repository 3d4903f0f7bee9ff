def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

def handler_721(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 721}

