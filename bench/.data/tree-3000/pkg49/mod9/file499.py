def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

def handler_499(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 499}

