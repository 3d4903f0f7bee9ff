def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

def handler_925(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 925}

