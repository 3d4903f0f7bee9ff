def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

def handler_121(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 121}

