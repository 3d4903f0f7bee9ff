def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

def handler_2233(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2233}

