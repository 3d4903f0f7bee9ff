def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

def handler_2899(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2899}

