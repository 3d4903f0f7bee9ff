def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

def handler_2683(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2683}

