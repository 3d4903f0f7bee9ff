def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

def handler_2287(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2287}

