def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

def handler_1039(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1039}

