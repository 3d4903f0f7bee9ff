def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

def handler_2569(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2569}

