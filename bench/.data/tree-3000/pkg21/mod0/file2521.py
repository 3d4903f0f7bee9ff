def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

def handler_2521(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2521}

