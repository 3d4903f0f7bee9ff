def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

def handler_2755(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2755}

