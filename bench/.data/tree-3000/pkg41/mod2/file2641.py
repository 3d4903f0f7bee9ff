def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

def handler_2641(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2641}

