def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

def handler_2731(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2731}

