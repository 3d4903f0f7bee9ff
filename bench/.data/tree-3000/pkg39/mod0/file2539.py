def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

def handler_2539(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2539}

