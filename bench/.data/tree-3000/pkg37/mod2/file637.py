def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

def handler_637(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 637}

