def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

def handler_61(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 61}

