def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

def handler_907(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 907}

