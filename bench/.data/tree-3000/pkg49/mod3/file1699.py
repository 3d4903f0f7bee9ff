def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

def handler_1699(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1699}

