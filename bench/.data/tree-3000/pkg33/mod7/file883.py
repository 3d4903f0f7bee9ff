def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

def handler_883(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 883}

