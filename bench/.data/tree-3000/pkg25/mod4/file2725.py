def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

def handler_2725(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2725}

