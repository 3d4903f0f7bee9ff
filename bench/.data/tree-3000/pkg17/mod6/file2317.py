def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

def handler_2317(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2317}

