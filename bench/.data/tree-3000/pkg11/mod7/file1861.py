def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

def handler_1861(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1861}

