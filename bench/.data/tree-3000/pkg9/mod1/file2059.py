def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

def handler_2059(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2059}

