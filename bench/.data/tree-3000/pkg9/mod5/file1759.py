def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

def handler_1759(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1759}

