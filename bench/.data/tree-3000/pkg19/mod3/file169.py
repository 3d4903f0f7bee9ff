def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

def handler_169(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 169}

