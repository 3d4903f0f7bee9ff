def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

def handler_1015(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1015}

