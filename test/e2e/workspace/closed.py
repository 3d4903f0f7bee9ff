from openai import AzureOpenAI

client = AzureOpenAI(api_key=key, azure_endpoint=endpoint, api_version="2024-10-21")
