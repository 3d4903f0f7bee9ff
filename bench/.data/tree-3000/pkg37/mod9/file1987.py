def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

def handler_1987(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1987}

