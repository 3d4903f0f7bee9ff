def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

def handler_1981(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1981}

