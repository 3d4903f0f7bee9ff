def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

def handler_727(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 727}

