def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

def handler_889(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 889}

