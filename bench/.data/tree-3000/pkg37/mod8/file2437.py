def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

def handler_2437(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2437}

