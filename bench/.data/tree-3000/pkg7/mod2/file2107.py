def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

def handler_2107(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2107}

