def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

def handler_811(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 811}

