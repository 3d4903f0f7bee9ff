def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

def handler_1771(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1771}

