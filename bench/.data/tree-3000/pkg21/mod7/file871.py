def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

def handler_871(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 871}

