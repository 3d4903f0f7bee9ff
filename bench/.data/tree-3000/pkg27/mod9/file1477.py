def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

def handler_1477(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1477}

