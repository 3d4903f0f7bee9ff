def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

def handler_1093(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1093}

