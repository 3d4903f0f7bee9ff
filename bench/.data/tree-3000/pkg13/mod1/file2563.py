def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

def handler_2563(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2563}

