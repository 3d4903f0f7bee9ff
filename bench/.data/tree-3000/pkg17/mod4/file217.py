def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

def handler_217(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 217}

