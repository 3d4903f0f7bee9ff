def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

def handler_1555(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1555}

