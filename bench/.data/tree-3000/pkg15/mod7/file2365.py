def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

def handler_2365(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2365}

