def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

def handler_2887(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2887}

