def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

def handler_625(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 625}

