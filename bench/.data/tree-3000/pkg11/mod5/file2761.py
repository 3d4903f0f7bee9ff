def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

def handler_2761(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2761}

