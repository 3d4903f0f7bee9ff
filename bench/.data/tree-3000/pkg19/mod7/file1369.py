def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

def handler_1369(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1369}

