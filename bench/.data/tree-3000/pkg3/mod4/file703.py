def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

def handler_703(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 703}

