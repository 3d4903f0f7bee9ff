def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

def handler_691(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 691}

