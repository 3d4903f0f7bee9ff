def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

def handler_2047(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2047}

