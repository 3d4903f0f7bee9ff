def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

def handler_91(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 91}

