def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

def handler_1723(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1723}

