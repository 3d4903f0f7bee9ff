def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

def handler_181(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 181}

