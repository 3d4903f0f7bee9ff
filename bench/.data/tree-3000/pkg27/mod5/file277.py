def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

def handler_277(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 277}

