def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

def handler_2245(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2245}

