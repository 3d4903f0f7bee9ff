def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

def handler_1159(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1159}

