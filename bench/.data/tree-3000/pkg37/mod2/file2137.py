def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

def handler_2137(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2137}

