def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

def handler_649(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 649}

