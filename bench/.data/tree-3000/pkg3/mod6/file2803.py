def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

def handler_2803(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2803}

