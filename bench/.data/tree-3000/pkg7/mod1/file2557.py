def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

def handler_2557(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2557}

