import os

from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    azure_endpoint="http://contoso.openai.azure.com",
    api_version="2024-10-21",
)
