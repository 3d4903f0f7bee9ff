def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

def handler_1915(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1915}

