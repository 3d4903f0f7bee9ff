def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

def handler_391(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 391}

