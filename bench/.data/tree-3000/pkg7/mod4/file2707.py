def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

def handler_2707(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2707}

