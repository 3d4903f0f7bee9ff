def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

def handler_931(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 931}

