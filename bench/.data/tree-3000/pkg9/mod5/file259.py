def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

def handler_259(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 259}

