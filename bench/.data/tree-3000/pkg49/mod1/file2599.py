def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

def handler_2599(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2599}

