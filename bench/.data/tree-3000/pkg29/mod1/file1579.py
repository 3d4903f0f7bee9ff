def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

def handler_1579(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1579}

