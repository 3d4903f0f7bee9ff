def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

def handler_1951(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1951}

