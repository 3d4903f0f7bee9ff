def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

def handler_1957(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1957}

