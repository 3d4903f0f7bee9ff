def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

def handler_2869(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2869}

