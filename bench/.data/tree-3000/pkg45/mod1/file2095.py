def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

def handler_2095(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2095}

