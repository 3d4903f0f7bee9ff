def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

def handler_1129(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1129}

