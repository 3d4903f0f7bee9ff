def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

def handler_679(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 679}

