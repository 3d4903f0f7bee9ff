def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

def handler_2119(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2119}

