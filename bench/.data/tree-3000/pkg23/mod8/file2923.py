def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

def handler_2923(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2923}

