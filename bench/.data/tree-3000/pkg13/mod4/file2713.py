def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

def handler_2713(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2713}

