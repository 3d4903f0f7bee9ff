def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

def handler_1711(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1711}

