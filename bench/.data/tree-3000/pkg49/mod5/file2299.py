def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

def handler_2299(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2299}

