def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

def handler_1141(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1141}

