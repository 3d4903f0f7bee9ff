def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

def handler_961(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 961}

