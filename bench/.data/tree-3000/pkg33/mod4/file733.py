def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

def handler_733(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 733}

