def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

def handler_433(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 433}

