def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

def handler_1057(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1057}

