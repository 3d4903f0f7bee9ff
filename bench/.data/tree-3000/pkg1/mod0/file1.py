def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

def handler_1(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1}

