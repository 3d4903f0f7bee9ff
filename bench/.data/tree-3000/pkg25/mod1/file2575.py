def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

def handler_2575(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2575}

