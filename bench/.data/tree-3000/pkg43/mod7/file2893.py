def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

def handler_2893(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2893}

