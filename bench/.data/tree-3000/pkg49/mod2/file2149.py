def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

def handler_2149(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2149}

