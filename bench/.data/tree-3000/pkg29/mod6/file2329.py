def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

def handler_2329(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2329}

