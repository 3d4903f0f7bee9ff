def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

def handler_2053(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2053}

