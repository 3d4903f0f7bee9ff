def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

def handler_685(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 685}

