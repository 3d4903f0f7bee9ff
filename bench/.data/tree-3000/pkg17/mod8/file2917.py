def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

def handler_2917(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2917}

