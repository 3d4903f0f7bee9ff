def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

def handler_1027(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1027}

