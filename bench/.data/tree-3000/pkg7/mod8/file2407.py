def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

def handler_2407(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2407}

