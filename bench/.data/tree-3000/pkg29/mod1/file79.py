def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

def handler_79(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 79}

