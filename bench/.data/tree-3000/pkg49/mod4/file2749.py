def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

def handler_2749(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2749}

