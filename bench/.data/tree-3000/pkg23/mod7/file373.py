def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

def handler_373(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 373}

