def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

def handler_2533(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2533}

