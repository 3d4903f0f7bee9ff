def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

def handler_109(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 109}

