def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

def handler_313(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 313}

