def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

def handler_2647(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2647}

