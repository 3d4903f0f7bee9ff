def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

def handler_2635(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2635}

