def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

def handler_2173(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2173}

