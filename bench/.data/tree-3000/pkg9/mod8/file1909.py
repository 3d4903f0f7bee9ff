def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

def handler_1909(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1909}

