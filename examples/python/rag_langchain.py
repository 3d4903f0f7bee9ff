import os

from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import AzureChatOpenAI, AzureOpenAIEmbeddings

# Both read AZURE_OPENAI_API_KEY from the environment when no credential is passed.
embeddings = AzureOpenAIEmbeddings(
    azure_deployment=os.environ["AZURE_OPENAI_EMBEDDING_DEPLOYMENT"],
    openai_api_version="2024-10-21",
)

llm = AzureChatOpenAI(
    azure_deployment=os.environ["AZURE_OPENAI_CHAT_DEPLOYMENT"],
    api_version="2024-10-21",
    temperature=0,
)

prompt = ChatPromptTemplate.from_messages([("system", "Answer from the context: {context}"), ("user", "{question}")])
chain = prompt | llm
