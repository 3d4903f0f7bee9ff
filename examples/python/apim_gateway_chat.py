"""Chat through an Azure API Management AI gateway in front of Azure OpenAI.

The key here is the gateway's subscription key, not the Azure OpenAI account key: the linter
reports it as info and points at the gateway-side cure (validate-azure-ad-token).
"""

import os

from openai import AzureOpenAI

apim_gateway_url = os.environ["APIM_GATEWAY_URL"]
apim_subscription_key = os.environ["APIM_SUBSCRIPTION_KEY"]

client = AzureOpenAI(
    azure_endpoint=f"{apim_gateway_url}/inference",
    api_key=apim_subscription_key,
    api_version="2024-10-21",
)

response = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Hello through the gateway"}],
)
print(response.choices[0].message.content)
