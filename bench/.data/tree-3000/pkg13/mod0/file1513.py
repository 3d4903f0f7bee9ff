def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

def handler_1513(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1513}

