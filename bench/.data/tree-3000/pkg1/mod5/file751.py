def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

def handler_751(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 751}

