def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

def handler_2335(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2335}

