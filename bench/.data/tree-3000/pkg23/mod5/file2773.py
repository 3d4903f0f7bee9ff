def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

def handler_2773(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 2773}

