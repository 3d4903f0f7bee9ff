def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

def handler_559(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 559}

