def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

def handler_1717(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1717}

