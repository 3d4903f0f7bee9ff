def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

def handler_2449(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2449}

