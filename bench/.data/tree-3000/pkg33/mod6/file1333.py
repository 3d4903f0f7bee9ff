def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

def handler_1333(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1333}

