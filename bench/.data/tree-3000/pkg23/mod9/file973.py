def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

def handler_973(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 973}

