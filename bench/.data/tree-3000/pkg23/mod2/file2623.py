def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

def handler_2623(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2623}

