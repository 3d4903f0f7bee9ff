from openai import AzureOpenAI


def make(key):
    return AzureOpenAI(api_key=key, api_version="2024-10-21")
