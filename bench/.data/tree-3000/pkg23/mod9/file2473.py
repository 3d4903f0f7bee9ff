def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

def handler_2473(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2473}

