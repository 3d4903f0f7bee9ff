def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

def handler_1231(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1231}

