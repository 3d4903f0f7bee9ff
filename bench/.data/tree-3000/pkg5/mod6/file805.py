def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

def handler_805(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 805}

