def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

def handler_1165(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1165}

