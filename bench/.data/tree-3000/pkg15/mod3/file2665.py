def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

def handler_2665(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2665}

