def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

def handler_1819(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1819}

