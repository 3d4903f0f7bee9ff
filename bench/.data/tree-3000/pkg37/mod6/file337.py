def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

def handler_337(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 337}

