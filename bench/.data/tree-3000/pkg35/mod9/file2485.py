def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

def handler_2485(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2485}

