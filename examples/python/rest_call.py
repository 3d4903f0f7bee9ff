import os

import requests

ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = "gpt-4o"


def complete(prompt: str) -> str:
    url = f"{ENDPOINT}/openai/deployments/{DEPLOYMENT}/chat/completions?api-version=2024-10-21"
    headers = {
        "Content-Type": "application/json",
        "api-key": os.environ["AZURE_OPENAI_KEY"],
    }
    body = {"messages": [{"role": "user", "content": prompt}]}
    response = requests.post(url, headers=headers, json=body, timeout=30)
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]
