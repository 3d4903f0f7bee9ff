def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

def handler_1969(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1969}

