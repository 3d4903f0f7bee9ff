def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

def handler_2023(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2023}

