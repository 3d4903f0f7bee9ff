def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

def handler_1501(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1501}

