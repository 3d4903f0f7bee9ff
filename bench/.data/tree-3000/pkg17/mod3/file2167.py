def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

def handler_2167(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2167}

