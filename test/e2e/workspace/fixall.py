from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=key,
    azure_endpoint="http://fabrikam.openai.azure.com",
    api_version="2024-10-21",
)
