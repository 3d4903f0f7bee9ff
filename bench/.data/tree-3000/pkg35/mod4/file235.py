def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

def handler_235(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 235}

