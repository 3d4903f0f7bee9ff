def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

def handler_1681(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1681}

