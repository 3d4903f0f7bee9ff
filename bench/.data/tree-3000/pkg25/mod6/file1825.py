def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

def handler_1825(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1825}

