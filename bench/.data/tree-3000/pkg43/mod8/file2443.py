def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

def handler_2443(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2443}

