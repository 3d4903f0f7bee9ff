def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

def handler_481(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 481}

