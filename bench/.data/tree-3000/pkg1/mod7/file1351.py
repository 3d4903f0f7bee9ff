def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

def handler_1351(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1351}

