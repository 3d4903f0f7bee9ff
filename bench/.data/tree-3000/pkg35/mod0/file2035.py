def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

def handler_2035(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2035}

