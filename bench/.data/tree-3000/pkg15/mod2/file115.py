def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

def handler_115(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 115}

