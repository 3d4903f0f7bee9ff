def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

def handler_211(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 211}

