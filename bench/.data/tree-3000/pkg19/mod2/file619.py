def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

def handler_619(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 619}

