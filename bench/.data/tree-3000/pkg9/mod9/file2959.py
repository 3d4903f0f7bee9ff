def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

def handler_2959(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2959}

