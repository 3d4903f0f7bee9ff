def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

def handler_1879(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1879}

