def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

def handler_2827(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2827}

