def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

def handler_1675(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1675}

