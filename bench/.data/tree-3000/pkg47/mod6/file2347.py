def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

def handler_2347(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2347}

