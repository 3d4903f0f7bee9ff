def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

def handler_2983(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2983}

