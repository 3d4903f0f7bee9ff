def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

def handler_517(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 517}

