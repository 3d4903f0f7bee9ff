def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

def handler_2401(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2401}

