def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

def handler_31(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 31}

