def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

def handler_901(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 901}

