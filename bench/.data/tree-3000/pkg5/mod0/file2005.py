def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

def handler_2005(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2005}

