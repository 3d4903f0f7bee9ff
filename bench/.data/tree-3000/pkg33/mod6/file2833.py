def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

def handler_2833(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2833}

