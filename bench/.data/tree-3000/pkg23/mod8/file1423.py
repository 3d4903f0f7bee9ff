def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

def handler_1423(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1423}

