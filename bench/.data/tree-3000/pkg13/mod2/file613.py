def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

def handler_613(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 613}

