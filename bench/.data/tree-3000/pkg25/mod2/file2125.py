def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

def handler_2125(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2125}

