def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

def handler_2947(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2947}

