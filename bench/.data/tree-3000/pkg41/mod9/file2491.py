def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

def handler_2491(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2491}

