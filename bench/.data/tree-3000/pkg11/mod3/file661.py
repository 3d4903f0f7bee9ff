def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

def handler_661(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 661}

