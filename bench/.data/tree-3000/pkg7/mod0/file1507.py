def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

def handler_1507(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1507}

