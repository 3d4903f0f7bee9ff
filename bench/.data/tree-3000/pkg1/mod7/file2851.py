def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

def handler_2851(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2851}

