def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

def handler_1849(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1849}

