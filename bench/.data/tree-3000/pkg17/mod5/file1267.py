def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

def handler_1267(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1267}

