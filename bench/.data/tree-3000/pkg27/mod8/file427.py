def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

def handler_427(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 427}

