def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

def handler_2467(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2467}

