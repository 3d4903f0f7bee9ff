def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

def handler_2431(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2431}

