def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

def handler_1201(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1201}

