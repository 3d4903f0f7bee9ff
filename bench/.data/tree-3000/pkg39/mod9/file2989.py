def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

def handler_2989(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2989}

