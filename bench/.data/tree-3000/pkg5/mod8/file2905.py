def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

def handler_2905(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2905}

