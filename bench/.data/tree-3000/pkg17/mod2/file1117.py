def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

def handler_1117(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1117}

