def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

def handler_463(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 463}

