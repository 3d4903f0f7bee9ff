def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

def handler_1465(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1465}

