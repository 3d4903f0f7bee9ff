def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

def handler_1495(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1495}

