def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

def handler_2611(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2611}

