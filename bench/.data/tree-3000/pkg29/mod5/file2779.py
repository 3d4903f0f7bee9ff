def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

def handler_2779(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2779}

