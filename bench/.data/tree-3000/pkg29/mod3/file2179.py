def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

def handler_2179(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2179}

