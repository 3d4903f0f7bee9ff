def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

def handler_2689(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2689}

