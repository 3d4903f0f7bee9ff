def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

def handler_793(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 793}

