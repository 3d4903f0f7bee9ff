def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

def handler_37(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 37}

