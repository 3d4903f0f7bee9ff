def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

def handler_2341(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2341}

