def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

def handler_2701(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2701}

