def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

def handler_301(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 301}

