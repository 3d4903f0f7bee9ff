def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

def handler_2185(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2185}

