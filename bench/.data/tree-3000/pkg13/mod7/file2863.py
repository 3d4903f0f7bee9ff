def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

def handler_2863(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2863}

