def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

def handler_229(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 229}

