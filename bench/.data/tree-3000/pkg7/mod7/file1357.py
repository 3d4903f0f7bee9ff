def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

def handler_1357(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1357}

