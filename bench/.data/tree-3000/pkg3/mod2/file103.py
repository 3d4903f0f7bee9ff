def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

def handler_103(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 103}

