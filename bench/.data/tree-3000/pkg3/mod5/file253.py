def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

def handler_253(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 253}

