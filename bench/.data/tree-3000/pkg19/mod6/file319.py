def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

def handler_319(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 319}

