def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

def handler_241(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 241}

