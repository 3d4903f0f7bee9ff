def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

def handler_1993(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1993}

