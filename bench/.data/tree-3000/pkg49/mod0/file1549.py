def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

def handler_1549(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1549}

