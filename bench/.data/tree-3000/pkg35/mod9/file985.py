def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

def handler_985(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 985}

