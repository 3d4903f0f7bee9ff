def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

def handler_1069(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1069}

