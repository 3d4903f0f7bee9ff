def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

def handler_511(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 511}

