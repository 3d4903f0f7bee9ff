def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

def handler_577(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 577}

