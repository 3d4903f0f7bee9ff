def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

def handler_457(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 457}

