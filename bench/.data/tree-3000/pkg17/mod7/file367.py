def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

def handler_367(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 367}

