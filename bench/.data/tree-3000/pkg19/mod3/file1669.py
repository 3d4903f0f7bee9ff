def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

def handler_1669(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1669}

