def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

def handler_1075(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1075}

