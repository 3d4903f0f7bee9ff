def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

def handler_529(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 529}

