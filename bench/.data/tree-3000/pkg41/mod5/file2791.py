def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

def handler_2791(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2791}

