def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

def handler_415(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 415}

