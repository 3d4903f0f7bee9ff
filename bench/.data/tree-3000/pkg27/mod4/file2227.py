def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

def handler_2227(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2227}

