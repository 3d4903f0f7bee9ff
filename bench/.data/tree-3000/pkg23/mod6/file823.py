def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

def handler_823(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 823}

