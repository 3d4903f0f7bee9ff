def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

def handler_2029(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2029}

