def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

def handler_1021(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1021}

