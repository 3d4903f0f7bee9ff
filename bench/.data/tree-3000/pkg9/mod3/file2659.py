def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

def handler_2659(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2659}

