def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

def handler_1903(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1903}

