def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

def handler_139(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 139}

