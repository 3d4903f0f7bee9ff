def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

def handler_2935(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2935}

