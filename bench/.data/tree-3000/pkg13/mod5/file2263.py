def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

def handler_2263(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2263}

