def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

def handler_475(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 475}

