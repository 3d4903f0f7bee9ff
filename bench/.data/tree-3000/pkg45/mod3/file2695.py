def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

def handler_2695(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2695}

