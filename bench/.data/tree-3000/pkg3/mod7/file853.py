def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

def handler_853(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 853}

