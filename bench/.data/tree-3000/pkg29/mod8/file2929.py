def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

def handler_2929(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2929}

