def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

def handler_943(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 943}

