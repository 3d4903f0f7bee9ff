def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

def handler_2353(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2353}

