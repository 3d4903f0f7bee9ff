def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

def handler_757(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 757}

