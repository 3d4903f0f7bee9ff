def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

def handler_913(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 913}

