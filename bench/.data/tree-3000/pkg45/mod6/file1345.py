def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

def handler_1345(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1345}

