def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

def handler_2737(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2737}

