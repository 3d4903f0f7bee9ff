def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

def handler_2461(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2461}

