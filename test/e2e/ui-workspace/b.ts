import { AzureOpenAI } from "openai";

export const client = new AzureOpenAI({
  apiKey: process.env.MY_KEY,
  endpoint: "https://contoso.openai.azure.com",
  apiVersion: "2024-10-21",
});
