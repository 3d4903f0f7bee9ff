def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

def handler_1633(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1633}

