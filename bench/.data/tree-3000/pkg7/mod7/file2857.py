def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

def handler_2857(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2857}

