def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

def handler_2257(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2257}

