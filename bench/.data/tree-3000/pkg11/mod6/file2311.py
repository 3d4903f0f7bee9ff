def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

def handler_2311(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2311}

