def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

def handler_2197(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2197}

