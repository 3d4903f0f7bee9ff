def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

def handler_1807(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1807}

