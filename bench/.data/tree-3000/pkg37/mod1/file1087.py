def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

def handler_1087(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1087}

