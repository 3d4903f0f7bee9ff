def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

def handler_1855(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1855}

