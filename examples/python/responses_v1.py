"""Responses API on the Azure OpenAI v1 endpoint, authenticated with a key from the environment."""

import os

from openai import OpenAI


def main() -> None:
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    api_key = os.environ["AZURE_OPENAI_API_KEY"]

    client = OpenAI(
        api_key=api_key,
        base_url=f"{endpoint.rstrip('/')}/openai/v1/",
    )
    response = client.responses.create(model="gpt-5-mini", input="Explain Entra ID in one sentence.")
    print(response.output_text)


if __name__ == "__main__":
    main()
