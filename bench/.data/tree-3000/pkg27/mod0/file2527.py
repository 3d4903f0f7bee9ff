def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

def handler_2527(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2527}

