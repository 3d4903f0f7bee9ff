def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

def handler_1291(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1291}

