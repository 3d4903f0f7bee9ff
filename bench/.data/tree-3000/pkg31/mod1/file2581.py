def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

def handler_2581(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2581}

