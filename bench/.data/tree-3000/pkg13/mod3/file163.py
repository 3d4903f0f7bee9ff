def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

def handler_163(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 163}

