def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

def handler_55(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 55}

