def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

def handler_2161(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2161}

