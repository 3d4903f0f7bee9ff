def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

def handler_1417(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1417}

