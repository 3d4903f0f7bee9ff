def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

def handler_2593(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2593}

