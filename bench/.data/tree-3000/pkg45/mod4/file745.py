def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

def handler_745(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 745}

