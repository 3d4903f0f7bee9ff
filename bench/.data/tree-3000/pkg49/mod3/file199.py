def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

def handler_199(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 199}

