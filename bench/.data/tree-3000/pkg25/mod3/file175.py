def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

def handler_175(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 175}

