def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

def handler_2269(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2269}

