def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

def handler_595(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 595}

