def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

def handler_1213(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1213}

