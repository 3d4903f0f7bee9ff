def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

def handler_223(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 223}

