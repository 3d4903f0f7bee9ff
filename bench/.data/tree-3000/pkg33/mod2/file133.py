def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

def handler_133(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 133}

