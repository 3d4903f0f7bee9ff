def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

def handler_1363(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1363}

