def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

def handler_1813(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1813}

