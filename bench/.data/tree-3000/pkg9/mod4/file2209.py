def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

def handler_2209(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2209}

