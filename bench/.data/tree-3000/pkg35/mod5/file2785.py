def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

def handler_2785(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2785}

