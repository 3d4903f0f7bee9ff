def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

def handler_2953(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2953}

