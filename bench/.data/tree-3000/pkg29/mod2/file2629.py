def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

def handler_2629(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2629}

