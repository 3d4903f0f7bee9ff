def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

def handler_2221(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2221}

