def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

def handler_643(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 643}

