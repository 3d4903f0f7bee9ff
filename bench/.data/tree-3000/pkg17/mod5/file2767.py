def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

def handler_2767(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2767}

