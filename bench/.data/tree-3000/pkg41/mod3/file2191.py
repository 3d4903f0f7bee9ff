def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

def handler_2191(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2191}

