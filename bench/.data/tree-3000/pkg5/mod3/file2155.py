def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

def handler_2155(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2155}

