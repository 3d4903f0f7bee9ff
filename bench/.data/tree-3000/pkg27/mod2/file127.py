def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

def handler_127(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 127}

