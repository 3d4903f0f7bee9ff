def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

def handler_187(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 187}

