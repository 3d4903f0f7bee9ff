def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

def handler_2653(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2653}

