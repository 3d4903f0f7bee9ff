def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

def handler_1945(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1945}

