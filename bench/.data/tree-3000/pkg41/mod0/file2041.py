def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

def handler_2041(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2041}

