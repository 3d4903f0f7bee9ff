def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

def handler_2251(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2251}

