def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

def handler_1153(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1153}

