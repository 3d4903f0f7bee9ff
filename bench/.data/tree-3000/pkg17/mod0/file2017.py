def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

def handler_2017(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2017}

