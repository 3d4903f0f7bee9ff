def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

def handler_859(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 859}

