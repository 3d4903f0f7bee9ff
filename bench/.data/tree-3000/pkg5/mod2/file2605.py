def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

def handler_2605(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2605}

