def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

def handler_1447(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1447}

