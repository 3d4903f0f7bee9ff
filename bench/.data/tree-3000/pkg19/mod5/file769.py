def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

def handler_769(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 769}

