def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

def handler_2881(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2881}

