def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

def handler_655(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 655}

