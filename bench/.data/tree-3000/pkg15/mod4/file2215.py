def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

def handler_2215(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2215}

