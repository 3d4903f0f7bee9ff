def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

def handler_2395(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2395}

