def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

def handler_949(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 949}

