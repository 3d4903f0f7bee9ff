def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

def handler_2293(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2293}

