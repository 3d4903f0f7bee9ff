def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

def handler_2359(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2359}

