def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

def handler_2719(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2719}

