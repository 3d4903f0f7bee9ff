def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

def handler_2479(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2479}

