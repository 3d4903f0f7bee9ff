import { AzureOpenAI } from "openai";
export const client2280 = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: "https://r2280.openai.azure.com", apiVersion: "2024-10-21" });
