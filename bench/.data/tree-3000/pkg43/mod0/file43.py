def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

def handler_43(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 43}

