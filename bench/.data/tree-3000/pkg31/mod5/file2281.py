def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

def handler_2281(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2281}

