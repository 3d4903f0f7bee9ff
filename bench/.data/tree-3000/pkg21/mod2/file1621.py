def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

def handler_1621(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1621}

