def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

def handler_2089(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2089}

