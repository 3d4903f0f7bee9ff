def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

def handler_307(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 307}

