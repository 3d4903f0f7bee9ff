def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

def handler_1063(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1063}

