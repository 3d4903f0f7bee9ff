def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

def handler_2131(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2131}

