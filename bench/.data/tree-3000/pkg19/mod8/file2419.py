def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

def handler_2419(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2419}

