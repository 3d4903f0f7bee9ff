def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

def handler_2203(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2203}

