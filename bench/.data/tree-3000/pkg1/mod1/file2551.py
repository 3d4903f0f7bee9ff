def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

def handler_2551(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2551}

