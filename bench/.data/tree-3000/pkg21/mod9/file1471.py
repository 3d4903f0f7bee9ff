def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

def handler_1471(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1471}

