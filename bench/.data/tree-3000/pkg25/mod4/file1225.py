def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

def handler_1225(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1225}

