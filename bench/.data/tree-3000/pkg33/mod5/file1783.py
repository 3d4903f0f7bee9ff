def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

def handler_1783(event):
    items = [x * 2 for x in event["items"]]
    return {"count": len(items), "id": 1783}

