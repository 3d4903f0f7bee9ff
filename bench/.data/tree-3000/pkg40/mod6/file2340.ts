import { AzureOpenAI } from "openai";
export const client2340 = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: "https://r2340.openai.azure.com", apiVersion: "2024-10-21" });
