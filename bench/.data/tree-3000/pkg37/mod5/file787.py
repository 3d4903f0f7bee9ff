def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

def handler_787(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 787}

