def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

def handler_2617(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2617}

