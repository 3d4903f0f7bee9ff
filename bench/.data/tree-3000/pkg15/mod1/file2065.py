def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

def handler_2065(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2065}

