def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

def handler_865(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 865}

