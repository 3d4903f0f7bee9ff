def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

def handler_85(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 85}

