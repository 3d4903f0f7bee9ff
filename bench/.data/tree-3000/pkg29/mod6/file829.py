def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

def handler_829(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 829}

