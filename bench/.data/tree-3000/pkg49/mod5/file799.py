def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

def handler_799(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 799}

