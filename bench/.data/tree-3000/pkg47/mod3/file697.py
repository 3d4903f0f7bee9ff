def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

def handler_697(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 697}

