def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

def handler_1303(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1303}

