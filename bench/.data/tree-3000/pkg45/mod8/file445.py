def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

def handler_445(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 445}

