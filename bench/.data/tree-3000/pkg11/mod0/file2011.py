def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

def handler_2011(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2011}

