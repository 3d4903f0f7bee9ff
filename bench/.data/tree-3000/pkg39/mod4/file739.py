def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

def handler_739(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 739}

