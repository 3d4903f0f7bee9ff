def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

def handler_409(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 409}

