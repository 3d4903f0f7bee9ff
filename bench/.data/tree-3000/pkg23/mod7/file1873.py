def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

def handler_1873(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1873}

