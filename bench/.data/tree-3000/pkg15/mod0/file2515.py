def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

def handler_2515(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2515}

