def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

def handler_2587(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2587}

