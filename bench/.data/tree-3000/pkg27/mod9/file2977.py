def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

def handler_2977(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2977}

