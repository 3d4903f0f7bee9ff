def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

def handler_1639(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1639}

