def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

def handler_2275(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2275}

