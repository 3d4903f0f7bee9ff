def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

def handler_2941(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2941}

