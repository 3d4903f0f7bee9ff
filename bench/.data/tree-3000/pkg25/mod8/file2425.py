def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

def handler_2425(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2425}

