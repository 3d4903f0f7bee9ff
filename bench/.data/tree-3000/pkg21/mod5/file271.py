def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

def handler_271(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 271}

