def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

def handler_1441(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1441}

