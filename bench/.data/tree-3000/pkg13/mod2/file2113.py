def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

def handler_2113(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2113}

