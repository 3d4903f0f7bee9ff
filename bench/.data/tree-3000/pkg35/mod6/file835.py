def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

def handler_835(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 835}

