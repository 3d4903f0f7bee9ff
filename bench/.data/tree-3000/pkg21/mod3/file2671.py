def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

def handler_2671(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2671}

