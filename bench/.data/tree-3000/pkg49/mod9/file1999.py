def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

def handler_1999(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1999}

