def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

def handler_2077(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2077}

